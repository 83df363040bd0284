// LocalDynamoDB
