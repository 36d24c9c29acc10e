-- wrk script: realistic company-change deliveries, a new unique_id and changing data per request.
local counter = 0
thread_id = 0 -- global: setup() sets it in each thread
local cities = {"HELSINKI", "ESPOO", "TAMPERE", "OULU", "TURKU"}

run_nonce = 0 -- global: setup() sets it in each thread

function setup(thread)
    thread:set("thread_id", thread_id)
    thread:set("run_nonce", os.time())
    thread_id = thread_id + 1
end

function init(args)
    -- Unseeded, every wrk run would repeat the same ids, which the store rightly counts as duplicates.
    math.randomseed(os.time() * 100 + thread_id)
end

function request()
    counter = counter + 1
    local uid = string.format("bench-%d-%d-%d-%d", run_nonce, thread_id, counter, math.random(1, 1000000000))
    local body = string.format(
        '{"data":{"status":"active","domain":"vainu.com","turn_over":%d,"visiting_address":"Etel\\u00e4esplanadi 12",' ..
        '"business_id":"%d","company_name":"Vainu. io Software Oy","visiting_city":"%s","visiting_postal":"00130",' ..
        '"staff_number":%d,"region":"FI-18"},"number_of_tries":1,"type":"company_change_webhook","unique_id":"%s"}',
        math.random(1, 10000000), 20000000 + (counter % 5000), cities[(counter % 5) + 1], counter % 300, uid)
    return wrk.format("POST", wrk.path, {["Content-Type"] = "application/json", ["Host"] = "127.0.0.1"}, body)
end

function done(summary, latency, requests)
    io.write(string.format("RESULT requests=%d errors_status=%d p50_us=%d p99_us=%d duration_us=%d\n",
        summary.requests, summary.errors.status, latency:percentile(50), latency:percentile(99), summary.duration))
end
