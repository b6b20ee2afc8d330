# Sourced by .ci/two-instances and .ci/backup-restore: start and stop packaged servers (target/quarkus-app).
# start_server NAME PORT [VAR=VALUE ...]   starts one in the background with the environment given, waits
#                                           until /q/health/ready answers; its log is .ci/work/NAME.log
# launch_server / await_server NAME PORT    the same in two steps, to start several at once
# stop_server NAME                          stops it (all started ones are stopped when the script exits)
# app_database                              h2 or postgresql: the database target/quarkus-app was built for
ci_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ci_work="$ci_root/.ci/work"
mkdir -p "$ci_work"
declare -A ci_pids=()

app_database() {
  if compgen -G "$ci_root/target/quarkus-app/lib/main/io.quarkus.quarkus-jdbc-postgresql-*.jar" > /dev/null; then
    echo postgresql
  elif compgen -G "$ci_root/target/quarkus-app/lib/main/io.quarkus.quarkus-jdbc-h2-*.jar" > /dev/null; then
    echo h2
  else
    echo none
  fi
}

start_server() {
  launch_server "$@"
  await_server "$1" "$2"
}

launch_server() {
  local name=$1 port=$2
  shift 2
  (cd "$ci_root" && exec env DIPLOCAL_ADMIN_TOKEN="${DIPLOCAL_ADMIN_TOKEN:-ci-token}" QUARKUS_HTTP_PORT="$port" \
      DIPLOCAL_PUBLIC_URL="http://localhost:$port" "$@" java -jar target/quarkus-app/quarkus-run.jar) \
      > "$ci_work/$name.log" 2>&1 &
  ci_pids[$name]=$!
}

await_server() {
  local name=$1 port=$2
  for _ in $(seq 1 240); do
    if curl -fs "http://localhost:$port/q/health/ready" > /dev/null 2>&1; then return 0; fi
    if ! kill -0 "${ci_pids[$name]}" 2>/dev/null; then
      local code=0
      wait "${ci_pids[$name]}" || code=$?
      echo "server $name on :$port exited with $code before it was ready; its log:" >&2
      tail -n 60 "$ci_work/$name.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "server $name on :$port not ready after 120 s: $(curl -s "http://localhost:$port/q/health/ready"); its log:" >&2
  tail -n 60 "$ci_work/$name.log" >&2
  return 1
}

stop_server() {
  local pid=${ci_pids[$1]:-}
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  unset "ci_pids[$1]"
}

stop_all_servers() {
  local name
  for name in "${!ci_pids[@]}"; do stop_server "$name"; done
}
trap stop_all_servers EXIT
