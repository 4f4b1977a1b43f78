FROM python:latest as Build
MAINTAINER learner@example.com
ARG GITHUB_TOKEN
WORKDIR app
ADD requirements.txt .
RUN apt-get update
RUN apt-get install -y curl
COPY . .
RUN pip install -r requirements.txt
ENV FLASK_ENV development
EXPOSE 4567/TCP
CMD python3 -m flask run
CMD ["python3", "-m", "flask", "run",
  "--host=0.0.0.0"]
