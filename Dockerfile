# diplocal: multi-stage build. The base images are build arguments so that a registry mirror or a locally
# made image (see README, "Container") can stand in for the public defaults.
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
# h2 (one server, data in the volume) or postgresql (QUARKUS_DATASOURCE_* at run time; README "PostgreSQL")
ARG DATABASE=h2
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q -P${DATABASE} dependency:go-offline || true
COPY src src
RUN mvn -B -ntp -q -P${DATABASE} -DskipTests package

FROM ${RUNTIME_IMAGE}
ENV LANG=C.UTF-8 \
    DIPLOCAL_DATA=/var/lib/diplocal \
    DIPLOCAL_CALENDARS=/opt/diplocal/calendars \
    QUARKUS_HTTP_HOST=0.0.0.0 \
    QUARKUS_HTTP_PORT=8080 \
    JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75"
RUN groupadd --system --gid 10001 diplocal \
 && useradd --system --uid 10001 --gid diplocal --home-dir /opt/diplocal --shell /usr/sbin/nologin diplocal \
 && mkdir -p /var/lib/diplocal /opt/diplocal \
 && chown diplocal:diplocal /var/lib/diplocal
WORKDIR /opt/diplocal
COPY --from=build --chown=diplocal:diplocal /src/target/quarkus-app/ /opt/diplocal/app/
COPY --chown=diplocal:diplocal calendars /opt/diplocal/calendars
USER 10001
VOLUME /var/lib/diplocal
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${QUARKUS_HTTP_PORT} && printf 'GET /q/health/ready HTTP/1.0\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
# exec form through sh so that JAVA_OPTS_APPEND is expanded and java receives SIGTERM directly
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /opt/diplocal/app/quarkus-run.jar"]
