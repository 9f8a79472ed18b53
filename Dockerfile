# syntax=docker/dockerfile:1
# Golden Thread: production image. Build: docker build -t golden-thread .
# Give an external MariaDB with SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD; without them the embedded
# MariaDB keeps its data in /app/data (mount a volume there to keep it). Give the first Performance Team sign-in
# with GOLDENTHREAD_ADMIN_USERNAME and GOLDENTHREAD_ADMIN_PASSWORD.

# ---- Stage 1: build the production jar (frontend bundle included) ----
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src

# Dependencies first, so they stay cached while only the sources change
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline || true

# Everything else (src, processes, frontend if present); .dockerignore keeps target/, data/ etc. out
COPY . .
RUN ./mvnw -B -Pproduction -DskipTests package

# ---- Stage 2: run it ----
FROM eclipse-temurin:25-jre
RUN useradd --uid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin goldenthread
WORKDIR /app
COPY --from=build /src/target/golden-thread-*.jar /app/golden-thread.jar
RUN mkdir -p /app/data && chown -R goldenthread /app
USER goldenthread
ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
ENTRYPOINT ["java","-XX:MaxRAMPercentage=75","-jar","/app/golden-thread.jar"]
