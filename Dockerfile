# armor as a container image: one static executable on an empty base.
#   docker build -t armor --build-arg ARMOR_COMMIT=$(git rev-parse --short=12 HEAD) .
#   docker run --rm -v "$PWD:/src" armor lint --format concise
# Stage 1 builds with the official Swift image; stage 2 holds nothing but the binary.
FROM swift:6.3 AS build
ARG ARMOR_COMMIT=""
WORKDIR /armor
# Everything but .dockerignore's entries: the manifest names the test targets' folders too.
COPY . .
RUN ARMOR_COMMIT="$ARMOR_COMMIT" bash ci/build-binary.sh /out/armor

FROM scratch
COPY --from=build /out/armor /armor
WORKDIR /src
ENTRYPOINT ["/armor"]
CMD ["lint"]
