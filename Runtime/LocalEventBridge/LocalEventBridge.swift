// LocalEventBridge
