# SlackBot (LearnBot) container image: published with the .NET SDK, run on the ASP.NET Core runtime as a non-root user.
#
#   docker build -t slackbot .
#   docker run -d --name slackbot -e SLACK_BOT_TOKEN -e SLACK_APP_TOKEN -v slackbot-data:/data -p 8080:8080 slackbot
#
# Settings come from environment variables only (SLACK_BOT_TOKEN, Slack__Mode, Questions__Timing, ...); see the
# README, sections "Set-up" and "Configuration". No settings file with secrets is ever copied into the image.
#
# Two or more replicas on PostgreSQL instead of the LiteDB file on the volume:
#   docker run -d -e SLACK_BOT_TOKEN -e SLACK_APP_TOKEN -e Storage__Provider=Postgres -e DATABASE_URL slackbot
# (docs/deploy.md has a compose file with PostgreSQL and two replicas, and the Kubernetes shape.)

# ---------- build stage ----------
# The .NET 10 SDK (Ubuntu 24.04 based, like every default .NET 10 tag).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# No telemetry and no first-run banner in build logs.
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
# Sources live under /src; nothing from this stage reaches the final image except the publish output.
WORKDIR /src

# Only what restore reads, so that the restore layer is reused until a project file or a package version changes.
# global.json picks the SDK band, Directory.Build.props the shared build settings, Directory.Packages.props every
# package version; .editorconfig sets analyzer severities, and as warnings are errors the build must see them.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
# The two projects that make up the app (the tests and benchmarks are not part of the image).
COPY src/SlackBot.Slack/SlackBot.Slack.csproj src/SlackBot.Slack/
COPY src/SlackBot/SlackBot.csproj src/SlackBot/
# Downloads the NuGet packages of SlackBot and, through its project reference, SlackBot.Slack, and for ReadyToRun the
# linux-x64 runtime pack and the crossgen compiler (the image is built for x64; for arm64 use linux-arm64 here and below).
RUN dotnet restore src/SlackBot/SlackBot.csproj -r linux-x64 -p:PublishReadyToRun=true

# Now the sources; any edit invalidates the layers from here on, but not the restore above.
COPY src/ src/
# The sample incident export for the `demo` command; SlackBot.csproj copies it into the publish output, so
# `docker run --rm slackbot demo` works too.
COPY samples/ samples/
# Release build into /app. --no-restore reuses the layer above; UseAppHost=false skips the native launcher, since the
# image starts the app with `dotnet SlackBot.dll`. ReadyToRun precompiles the app's own assemblies (the framework's
# already are), so less is compiled at start-up: ~10% off the time to the first /healthz 200 (bench/README.md).
RUN dotnet publish src/SlackBot/SlackBot.csproj -c Release -o /app --no-restore -p:UseAppHost=false \
    -r linux-x64 --self-contained false -p:PublishReadyToRun=true

# ---------- runtime stage ----------
# ASP.NET Core runtime only: no SDK, no sources. The default .NET 10 images are Ubuntu 24.04 ("noble"), whose
# runtime-deps layer already installs tzdata (people's Slack time zones for working-hours math) and ICU, so neither is
# installed again here. It also defines the non-root user `app` (UID 1654, in $APP_UID).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime

# The image has no curl or wget, and HEALTHCHECK needs an HTTP client. curl from the distribution (a few MB) was
# chosen over a health-check mode in the app: it probes /healthz exactly as an orchestrator or a load balancer would,
# and the app's command line stays as it is. --no-install-recommends and removing the package lists keep the layer small.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

# The LiteDB file's directory, owned by the app user. This has to happen before VOLUME below: Docker discards changes
# made to a volume path after it is declared. A new named volume starts as a copy of this directory, ownership
# included; a bind-mounted host directory must itself be writable by UID 1654.
RUN mkdir /data && chown $APP_UID:$APP_UID /data

# The app's files, owned by root and read-only for the app user, which only ever writes to /data.
WORKDIR /app
COPY --from=build /app ./

# Storage__Path: the database on the volume (the default, data/slackbot.db, would sit in the container's own layer);
# with Storage__Provider=Postgres only the search index lives there, rebuilt from the database at start.
# ASPNETCORE_URLS: listen on every interface on 8080, for /healthz and, in Http mode, Slack's Request URLs.
# ASPNETCORE_HTTP_PORTS: the base image sets it to 8080; emptied so that ASP.NET Core does not warn at every start
# that ASPNETCORE_URLS overrides it.
ENV Storage__Path=/data/slackbot.db \
    ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS=

# Keeps incidents, moments, questions, findings and the inbox/outbox across container restarts and upgrades.
VOLUME /data
# Documentation for `docker run -p`: the only port the app listens on.
EXPOSE 8080

# Everything from here on, including the app itself, runs as `app`, not root.
USER $APP_UID

# /healthz answers 200 once the bot knows who it is, storage takes writes and, in Socket mode, the WebSocket to Slack
# is open; 503 with a reason otherwise. --fail-with-body keeps that reason in `docker inspect`. The start period
# covers the start-up retries against Slack. If you change ASPNETCORE_URLS, change the port here too.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl --fail-with-body --silent --show-error --max-time 4 http://127.0.0.1:8080/healthz || exit 1

# Runs the bot (the default `serve` command); arguments after the image name are passed on, e.g. `--help`.
ENTRYPOINT ["dotnet", "SlackBot.dll"]
