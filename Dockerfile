# diplocal: multi-stage build. The base images are build arguments so that a registry mirror or a locally
# made image (see README, "Container"; CI builds over Debian bases it makes with debootstrap) can stand in
# for the public defaults. BUILD_IMAGE needs a JDK 17 and Maven 3.8+ on the PATH; RUNTIME_IMAGE a Java 17
# runtime, bash (for the HEALTHCHECK) and groupadd/useradd.
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
# h2 (one server, data in the volume) or postgresql (QUARKUS_DATASOURCE_* at run time; README "PostgreSQL")
ARG DATABASE=h2
WORKDIR /src
COPY pom.xml .
COPY src src
# The Maven repository is a build cache (BuildKit and buildah both keep it between builds), so a rebuild
# after a source change does not download Quarkus again; it never ends up in an image layer.
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -q -P${DATABASE} -DskipTests package \
 && test -f target/quarkus-app/quarkus-run.jar

FROM ${RUNTIME_IMAGE}
ENV LANG=C.UTF-8 \
    DIPLOCAL_DATA=/var/lib/diplocal \
    DIPLOCAL_CALENDARS=/opt/diplocal/calendars \
    QUARKUS_HTTP_HOST=0.0.0.0 \
    QUARKUS_HTTP_PORT=8080 \
    QUARKUS_SHUTDOWN_TIMEOUT=5s \
    JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75"
RUN groupadd --gid 10001 diplocal \
 && useradd --no-log-init --uid 10001 --gid diplocal --home-dir /var/lib/diplocal --no-create-home \
      --shell /usr/sbin/nologin diplocal \
 && mkdir -p /var/lib/diplocal /opt/diplocal \
 && chown diplocal:diplocal /var/lib/diplocal \
 && chmod 0750 /var/lib/diplocal
WORKDIR /opt/diplocal
# The application and the curated calendars stay owned by root: the server reads them, never writes them.
COPY --from=build /src/target/quarkus-app/ /opt/diplocal/app/
COPY calendars /opt/diplocal/calendars
USER 10001:10001
VOLUME /var/lib/diplocal
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${QUARKUS_HTTP_PORT} && printf 'GET /q/health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
STOPSIGNAL SIGTERM
# sh only expands JAVA_OPTS_APPEND, then exec makes java PID 1, so SIGTERM reaches the JVM and Quarkus stops
# gracefully: readiness goes down and requests in flight get QUARKUS_SHUTDOWN_TIMEOUT to finish, well inside
# docker stop's 10 s. Arguments after the image name are passed on to the application.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /opt/diplocal/app/quarkus-run.jar \"$@\"", "diplocal"]
