# syntax=docker/dockerfile:1
# Golden Thread: production image. Build: docker build -t golden-thread .
# Give an external MariaDB with SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD; without them the embedded
# MariaDB keeps its data in /app/data (mount a volume there to keep it). Give the first Performance Team sign-in
# with GOLDENTHREAD_ADMIN_USERNAME and GOLDENTHREAD_ADMIN_PASSWORD.
# An external database (and so several nodes on one database) also needs GOLDENTHREAD_SECURITY_HASH_KEY, the secret
# of the sign-in counts' keyed hashes: at least 32 characters, the same on every node (openssl rand -hex 32), kept
# with the database credentials; or GOLDENTHREAD_SECURITY_HASH_KEY_FILE naming a key file that exists. A node on an
# external database without it does not start (README, Sign-in, sessions and security: Keyed hashes). On the
# embedded database the key is generated once in /app/data.

# ---- Stage 1: build the production jar (frontend bundle included) ----
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src

# Dependencies first, so they stay cached while only the sources change
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline || true

# Everything else (src, processes, frontend if present); .dockerignore keeps target/, data/ etc. out
COPY . .
# The jar, extracted into target/app by the production build; its AOT cache is trained below, on the image's own JDK
# binutils: strip, with which the build takes the debug information out of the embedded MariaDB's server (314 -> 33 MB
# to unpack on a fresh start; pom.xml, strip-mariadb-debug-info)
RUN apt-get update && apt-get install -y --no-install-recommends binutils && rm -rf /var/lib/apt/lists/*
RUN ./mvnw -B -Pproduction -DskipTests -Dproduction.aot.skip=true package

# ---- Stage 2: run it ----
FROM eclipse-temurin:25-jre
RUN useradd --uid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin goldenthread
WORKDIR /app
COPY --from=build /src/target/app /app/app
RUN mkdir -p /app/data && chown -R goldenthread /app
USER goldenthread
# A JDK AOT cache (JEP 483/514) for this JDK and these files: one start that exits once the Spring context has
# refreshed, on a throwaway embedded database (no real database is needed), then thrown away (README, Benchmarks:
# StartupBenchmark).
# The cache names the jar as app/golden-thread.jar relative to /app, so the start below must keep that form.
RUN java -Xmx1g -Xms64m -XX:+UseSerialGC -XX:AOTCacheOutput=app/app.aot -Xlog:aot=error -Dspring.context.exit=onRefresh \
        -jar app/golden-thread.jar --spring.profiles.active=prod --server.port=0 --goldenthread.embedded-db.port=0 \
        --goldenthread.embedded-db.base-dir=/tmp/aot-training/mariadb --goldenthread.embedded-db.data-dir=/tmp/aot-training/db \
    && rm -rf /tmp/aot-training
ENV SPRING_PROFILES_ACTIVE=prod
# 1 GB of heap holds 500 signed-in sessions (README, Production build); the serial collector keeps the JVM's own
# memory small on the two cores this is sized for; the heap starts at 64 MB and grows as it needs (without -Xms it
# starts at a 64th of the machine's memory, and a start touches all of its young generation). Override with
# -e JAVA_OPTS="...".
ENV JAVA_OPTS="-Xmx1g -Xms64m -XX:+UseSerialGC"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:AOTCache=app/app.aot -jar app/golden-thread.jar \"$@\"", "golden-thread"]
