[
  {
    "name": "worker",
    "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/worker:${image_tag}",
    "essential": true,
    "memory": ${memory},
    "privileged": true,
    "command": ["bundle", "exec", "sidekiq"],
    "logConfiguration": {
      "logDriver": "awslogs",
      "options": {
        "awslogs-group": "/ecs/worker",
        "awslogs-region": "eu-west-1",
        "awslogs-stream-prefix": "worker"
      }
    }
  }
]
