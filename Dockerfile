# The strict mock as a container, for a CI job's `services:` (on paper: nothing in this repository builds
# or runs it). The mock listens on 7420 in the container; the principals are its defaults unless a file is
# mounted and named with --principals.
FROM rust:1.95-slim AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin pcc-conformance

FROM debian:bookworm-slim
COPY --from=build /src/target/release/pcc-conformance /usr/local/bin/pcc-conformance
EXPOSE 7420
ENTRYPOINT ["pcc-conformance"]
CMD ["mock", "--strict", "--bind", "0.0.0.0:7420"]
