/**
 * The anchor of the HTTP benchmarks: bare express 5 on its own, answering a JSON POST with its body and a GET with a
 * short text. `PORT=… node --import tsx/esm scripts/bench/echo-server.ts` (started by scripts/bench/all.ts).
 */
import express from 'express'

const app = express()
app.disable('x-powered-by')
app.post('/echo', express.json(), (req, res) => void res.status(201).json(req.body))
app.get('/echo', (_req, res) => void res.type('text').send('ok'))
const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
