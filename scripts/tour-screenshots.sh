#!/usr/bin/env bash
# Regenerates the pictures of the README's tour (docs/tour/*.png) from the Kaili demo, with the browser driver of the
# tests: starts the application on its own port and data folder, waits until it is ready, takes each role's pages
# (cn.taizhang.tour.TourScreenshots) and stops it. Needs chromium, chromium-driver and a Chinese font
# (Debian: apt-get install chromium chromium-driver fonts-wqy-microhei). Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${TOUR_PORT:-18080}
DATA=target/tour-data
if ! fc-list :lang=zh | grep -q .; then
  echo "no Chinese font: the pictures would show boxes (apt-get install fonts-wqy-microhei)" >&2
  exit 1
fi
mvn -o -q -DskipTests package
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/tour-classpath.txt -Dmdep.includeScope=test
java -jar target/taizhang.jar --server.port="$PORT" --taizhang.data-dir="$DATA" > target/tour-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  if curl -fs "http://localhost:$PORT/actuator/health/readiness" > /dev/null; then break; fi
  sleep 1
done
curl -fs "http://localhost:$PORT/actuator/health/readiness" > /dev/null || { echo "the application did not start: target/tour-app.log" >&2; exit 1; }
java -cp "target/test-classes:target/classes:$(cat target/tour-classpath.txt)" cn.taizhang.tour.TourScreenshots "$PORT" docs/tour
echo "docs/tour regenerated"
