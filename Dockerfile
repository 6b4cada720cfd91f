# The CMS server (express 5 + Payload admin/REST + public endpoints). Production image.
FROM node:24-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 ASTRO_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY cms/package.json cms/
COPY site/package.json site/
RUN npm ci --no-fund --no-audit
COPY . .
RUN npm run build -w cms && npm run build:server
# SITE_DIST is a symbolic link inside /srv/site; the builds it points at live beside it (/srv/site/current.builds)
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATA_DIR=/data SITE_DIST=/srv/site/current TRUST_PROXY=1
RUN mkdir -p /data /srv/site && chmod 755 /srv/site
VOLUME ["/data", "/srv/site"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD node -e "fetch('http://127.0.0.1:3000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# the server as one file (scripts/lib/server-bundle.ts): scripts/serve.ts and what it loads, bundled
CMD ["node", "cms/.server/serve.mjs"]
