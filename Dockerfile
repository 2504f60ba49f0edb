# Fyren as a container image, from the jar the Maven build makes (./mvnw -B -Dmaven.test.skip=true package).
# Spring Boot's layered jar: libraries, loader and application in layers of their own, so a new Fyren version
# changes only the small top layer. The reports are mounted at /reports, the data (index, H2) lives in
# /var/lib/fyren; every setting can be given as an environment variable (docs/operations.md).
FROM eclipse-temurin:17-jre AS layers
WORKDIR /build
COPY bot/target/fyren.jar fyren.jar
RUN java -Djarmode=tools -jar fyren.jar extract --layers --destination extracted

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /opt/fyren fyren \
    && mkdir -p /var/lib/fyren /reports && chown fyren /var/lib/fyren
WORKDIR /opt/fyren
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
# Thesaurus, year wheels, dialogue templates and config/application.yml, read from the working directory.
COPY config/ config/
USER fyren
# Inside a container loopback is unreachable from outside: listen on all of the container's interfaces and
# decide what is published with the container's ports (compose.yaml, or a reverse proxy in front).
ENV FYREN_KNOWLEDGE_REPORTS=/reports \
    FYREN_KNOWLEDGE_DATA_DIR=/var/lib/fyren \
    FYREN_BIND_ADDRESS=0.0.0.0 \
    FYREN_MANAGEMENT_ADDRESS=0.0.0.0
VOLUME /var/lib/fyren
EXPOSE 8080 8081
# Ready = the index answers and the database answers. No curl in the JRE image: bash's /dev/tcp.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 CMD bash -c \
    'exec 3<>/dev/tcp/127.0.0.1/8081 && printf "GET /actuator/health/readiness HTTP/1.0\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200 "'
# C2 compiles later: on a small host its compilations of start-only code would otherwise take a core from the
# start (docs/operations.md, "Faster start"); methods that stay hot are still compiled by C2.
ENTRYPOINT ["java", "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=6000", \
    "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000", "-jar", "fyren.jar"]
