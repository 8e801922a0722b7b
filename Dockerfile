# syntax=docker/dockerfile:1
# career-bot in HTTP mode behind a load balancer. Build: docker build -t career-bot .
# Run:   docker run --rm -p 3000:3000 -e SLACK_BOT_TOKEN -e SLACK_SIGNING_SECRET -e DATABASE_URL career-bot

# Stage 1: production dependencies only, exactly as the lock file pins them, and the app bundled by esbuild
# into dist/main.js (npm run build), as npm start runs it.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
# better-sqlite3 (the default database) is a native addon: built here if no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY scripts/build.ts ./scripts/
COPY src ./src
RUN npm run --silent build

# Stage 2: the runtime. Code and data are owned by root and only readable by the `node` user that runs them,
# so a compromised process cannot rewrite the app or its knowledge base.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    LOG_FORMAT=json \
    PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=deps /app/dist ./dist
COPY knowledge ./knowledge
# General English word vectors the matcher reads at start-up (models/PROVENANCE.md).
COPY models ./models
# Only for `docker run` without Slack credentials, which opens the local preview instead.
COPY src/playground/public ./src/playground/public
COPY README.md ./
# The README links to these pages; the preview serves them beside it.
COPY docs ./docs
# The database: PostgreSQL with DATABASE_URL (several instances). Without it, a SQLite file in /app/data, the one
# folder the app may write: mount a volume there (-v career-bot-data:/app/data) to keep it across containers.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME /app/data
USER node
EXPOSE 3000
# The load balancer should probe GET /healthz too; this only lets `docker ps` and orchestrators see it.
HEALTHCHECK --interval=15s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1 (not npm), so SIGTERM from `docker stop` reaches the app's own handler, which drains
# in-flight requests and exits 0. The flag is npm start's: a smaller young generation keeps resident memory
# under 120 MB at a workspace's load (README, Benchmarks).
STOPSIGNAL SIGTERM
CMD ["node", "--max-semi-space-size=4", "dist/main.js"]
