/**
 * Node's flags for the server process, as every start command gives them (package.json `start`, Dockerfile,
 * docker-compose.yml; the benchmarks start it the same way). A young generation of 64 MiB a half (V8's default is
 * smaller): under a load of static pages most of a request's objects die young instead of being promoted, so the
 * old generation stops growing between its collections — measured under load on 2 cores, the process stayed near
 * 510 MiB where it reached 780–1,000 MiB (issue 15 §4), and answered more pages a second.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64']
