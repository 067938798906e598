# ecslint example (with mistakes): a Fargate API service's task definition in Terraform.
variable "image_tag" {
  type = string
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 512
  execution_role_arn       = aws_iam_role.execution.arn

  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:${var.image_tag}"
      essential = true
      portMappings = [
        { containerPort = 8080, hostPort = 80 }
      ]
      enviroment = [
        { name = "LOG_LEVEL", value = "info" }
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          "awslogs-group"         = "/ecs/api"
          "awslogs-region"        = "eu-west-1"
          "awslogs-stream-prefix" = "api"
        }
      }
    }
  ])
}

# The worker's containers are a template beside this file: ecslint lints worker.json.tpl itself, with
# positions in it; `${...}` are template variables, not checked.
resource "aws_ecs_task_definition" "worker" {
  family                   = "worker"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  execution_role_arn       = aws_iam_role.execution.arn
  container_definitions = templatefile("${path.module}/worker.json.tpl", {
    image_tag = var.image_tag
    memory    = 512
  })
}
