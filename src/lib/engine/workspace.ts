/**
 * The learner's workspace: a trimmed copy of the Cruddur repository with the
 * course's fixed Dockerfiles and a compose file named `cruddur`. Paths are
 * relative to WORKSPACE; directories are implied by the files in them.
 */
export const HOME = '/home/learner';
export const WORKSPACE = '/home/learner/cruddur';

const backendDockerfile = `FROM python:3.12-slim

WORKDIR /backend-flask

COPY requirements.txt requirements.txt
RUN pip3 install --no-cache-dir -r requirements.txt

COPY . .

ENV FLASK_DEBUG=1

EXPOSE 4567

CMD ["python3", "-m", "flask", "run", "--host=0.0.0.0", "--port=4567"]
`;

const appPy = `from flask import Flask
from flask_cors import CORS, cross_origin
import os

from services.home_activities import HomeActivities

app = Flask(__name__)
frontend = os.getenv('FRONTEND_URL')
backend = os.getenv('BACKEND_URL')
origins = [frontend, backend]
cors = CORS(
  app,
  resources={r"/api/*": {"origins": origins}},
  expose_headers="location,link",
  allow_headers="content-type,if-modified-since",
  methods="OPTIONS,GET,HEAD,POST"
)

@app.route("/api/activities/home", methods=['GET'])
def data_home():
  data = HomeActivities.run()
  return data, 200

if __name__ == "__main__":
  app.run(debug=True)
`;

const homeActivities = `from datetime import datetime, timedelta, timezone

class HomeActivities:
  def run():
    now = datetime.now(timezone.utc).astimezone()
    return [{
      'uuid': '68f126b0-1ceb-4a33-88be-d90fa7109eee',
      'handle': 'Andrew Brown',
      'message': 'Cloud is very fun!',
      'created_at': (now - timedelta(days=2)).isoformat(),
      'expires_at': (now + timedelta(days=5)).isoformat(),
      'likes_count': 5,
      'replies_count': 1,
      'reposts_count': 0,
    }]
`;

const frontendDockerfile = `FROM node:22
ENV PORT=3000
WORKDIR /frontend-react-js
COPY package.json package-lock.json ./
RUN npm install
COPY . .
EXPOSE 3000
CMD ["npm", "start"]
`;

const compose = `name: cruddur

services:
  backend-flask:
    build: ./backend-flask
    ports:
      - "4567:4567"
    environment:
      FRONTEND_URL: "\${FRONTEND_URL:-http://localhost:3000}"
      BACKEND_URL: "\${BACKEND_URL:-http://localhost:4567}"
    volumes:
      - ./backend-flask:/backend-flask
  frontend-react-js:
    build: ./frontend-react-js
    ports:
      - "3000:3000"
    environment:
      REACT_APP_BACKEND_URL: "\${BACKEND_URL:-http://localhost:4567}"
    volumes:
      - ./frontend-react-js:/frontend-react-js
  db:
    image: postgres:18-alpine
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: "\${POSTGRES_PASSWORD:-password}"
    ports:
      - "5432:5432"
    volumes:
      - db:/var/lib/postgresql

volumes:
  db:
`;

const packageJson = `{
  "name": "frontend",
  "version": "0.1.0",
  "private": true,
  "dependencies": {
    "react": "^18.2.0",
    "react-dom": "^18.2.0",
    "react-router-dom": "^6.8.0",
    "react-scripts": "5.0.1"
  },
  "scripts": {
    "start": "react-scripts start",
    "build": "react-scripts build"
  }
}
`;

/** Workspace files, relative path → content. */
export const WORKSPACE_FILES: Record<string, string> = {
  'README.md': '# FREE AWS Cloud Project Bootcamp\n\nCruddur: a micro-blogging app for the bootcamp.\n',
  'docker-compose.yml': compose,
  'backend-flask/Dockerfile': backendDockerfile,
  'backend-flask/.dockerignore': '__pycache__\n.venv\n',
  'backend-flask/app.py': appPy,
  'backend-flask/requirements.txt': 'flask\nflask-cors\n',
  'backend-flask/README.md': '# Backend Flask\n',
  'backend-flask/openapi-3.0.yml': 'openapi: 3.0.0\ninfo:\n  title: Cruddur Backend API\n  version: 1.0.0\n',
  'backend-flask/services/home_activities.py': homeActivities,
  'frontend-react-js/Dockerfile': frontendDockerfile,
  'frontend-react-js/.dockerignore': 'node_modules\n',
  'frontend-react-js/package.json': packageJson,
  'frontend-react-js/package-lock.json': '{\n  "name": "frontend",\n  "lockfileVersion": 3\n}\n',
  'frontend-react-js/public/index.html':
    '<!DOCTYPE html>\n<html lang="en">\n<head><title>Cruddur</title></head>\n<body><div id="root"></div></body>\n</html>\n',
  'frontend-react-js/src/App.js': "import './App.css';\n\nexport default function App() {\n  return <h1>Cruddur</h1>;\n}\n",
  'frontend-react-js/src/App.css': 'h1 { font-family: sans-serif; }\n',
};
