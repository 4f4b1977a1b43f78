/** The examples offered on /explain/: the course's own files and a broken one of each kind. */
import courseBackend from './course-backend.Dockerfile?raw';
import courseFrontend from './course-frontend.Dockerfile?raw';
import courseCompose from './course-compose.yaml?raw';
import brokenDockerfile from './broken.Dockerfile?raw';
import brokenCompose from './broken-compose.yaml?raw';

export interface FileExample {
  id: string;
  title: string;
  text: string;
}

export const FILE_EXAMPLES: FileExample[] = [
  { id: 'course-backend', title: 'The course backend Dockerfile (backend-flask)', text: courseBackend },
  { id: 'course-frontend', title: 'The course frontend Dockerfile (frontend-react-js)', text: courseFrontend },
  { id: 'course-compose', title: 'The course compose file (Cruddur)', text: courseCompose },
  { id: 'broken-dockerfile', title: 'A broken Dockerfile', text: brokenDockerfile },
  { id: 'broken-compose', title: 'A broken compose file', text: brokenCompose },
];
