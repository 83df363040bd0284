// LocalAPIGateway
