-- wrk script: POST a pledge of a random whole amount (100..4999 RUB) to the drive's pledge endpoint.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  return wrk.format(nil, nil, nil, string.format('{"amount":"%d"}', math.random(100, 4999)))
end
