# syntax=docker/dockerfile:1
# hr-bot in a container. The build stage installs every dependency, compiles the TypeScript and
# builds the search index; the runtime stage keeps the production dependencies, the compiled code
# and index-data/, and runs node itself as an unprivileged user. docs/deployment.md explains the
# settings; tests/production/ performs these same steps without Docker (npm run check:production).

FROM node:20-bookworm AS build
WORKDIR /app
# Dependencies first, so a code change does not reinstall them. `prepare` needs the sources, so it
# waits; better-sqlite3 is native and is built (or fetched prebuilt) by its own install script.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY commands ./commands
COPY src ./src
COPY index-data ./index-data
COPY lexicon ./lexicon
COPY migrations ./migrations
RUN npm run build && npm run index
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production DATA_DIR=/data PORT=3000
# A fixed trim threshold turns off glibc's self-raising one, so the memory V8's compiler zones and start-up's
# parsing free goes back to the system once 128 KB lie free at an arena's top (~2–4 MB less after start-up;
# docs/deployment.md, Memory). The same as `npm start`.
ENV MALLOC_TRIM_THRESHOLD_=131072
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/src ./dist/src
COPY --from=build /app/dist/commands ./dist/commands
COPY --from=build /app/index-data ./index-data
# Read as the bot runs: word vectors and the thesaurus (search), and PostgreSQL's migrations.
COPY --from=build /app/lexicon ./lexicon
COPY --from=build /app/migrations ./migrations
# The daily-facts database lives in /data, a volume the unprivileged `node` user (uid 1000) owns.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
# Alive means /healthz answers; /readyz (connected to every chat) is for load balancers and orchestrators.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself (not npm, not a shell) is PID 1, so `docker stop`'s SIGTERM reaches the bot. A young
# generation of 2 MB semi-spaces (V8's default grows to 16 MB) keeps the bot's memory about 20 MB lower
# at no measurable cost in query time, and one V8 worker thread instead of four keeps them from
# preempting the bot's main thread on a small host (docs/deployment.md); the same flags as `npm start`.
CMD ["node", "--max-semi-space-size=2", "--v8-pool-size=1", "--liftoff-only", "dist/src/main.js"]
