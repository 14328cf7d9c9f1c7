# Reference values from R's forecast package for the Forecasting tests.
#
# Regenerate (Debian: apt-get install r-cran-forecast r-cran-jsonlite) from this folder with
#   Rscript generate_reference.R > r_reference.json
# Produced with R 4.2.2 and forecast 8.20 (Debian bookworm packages).
#
# ETS: each model is fitted by R; its parameters and initial state are stored with R's
# log-likelihood, AICc, innovation variance and forecasts, so the tests can evaluate the
# same model and compare every number. R's `loglik` leaves out the Gaussian constant; the
# full log-likelihood is stored as `loglik_full = loglik - n/2 * (log(2*pi/n) + 1)`.
suppressMessages({ library(forecast); library(jsonlite) })

n0001 <- c(940.66, 1084.86, 1244.98, 1445.02, 1683.17, 2038.15, 2342.52, 2602.45, 2927.87,
           3103.96, 3360.27, 3807.63, 4387.88, 4936.99)   # M3 N0001 (yearly), training part
series <- list(
  N0001 = ts(n0001, frequency = 1),
  USAccDeaths = USAccDeaths,   # monthly accidental deaths in the USA, 1973-1978
  UKgas = UKgas                # quarterly UK gas consumption, 1960-1986
)

ets_case <- function(name, model, damped, h) {
  y <- series[[name]]
  fit <- ets(y, model = model, damped = damped)
  n <- length(y)
  fc <- forecast(fit, h = h, level = c(80, 95))
  components <- fit$components
  par <- fit$par
  m <- frequency(y)
  state <- fit$states[1, ]
  seasonal <- if (components[3] != "N") unname(state[grep("^s", names(state))]) else numeric(0)
  list(series = name, y = as.numeric(y), period = m,
       model = paste0(components[1], components[2], ifelse(damped, "d", ""), components[3]),
       alpha = unname(par["alpha"]),
       beta = if (components[2] != "N") unname(par["beta"]) else 0,
       gamma = if (components[3] != "N") unname(par["gamma"]) else 0,
       phi = if (damped) unname(par["phi"]) else 1,
       level = unname(state["l"]), trend = if (components[2] != "N") unname(state["b"]) else 0,
       seasonal = seasonal,
       loglik_full = fit$loglik - n / 2 * (log(2 * pi / n) + 1),
       aicc_r = fit$aicc, sigma2 = fit$sigma2, h = h,
       mean = as.numeric(fc$mean),
       lower80 = as.numeric(fc$lower[, 1]), upper80 = as.numeric(fc$upper[, 1]),
       lower95 = as.numeric(fc$lower[, 2]), upper95 = as.numeric(fc$upper[, 2]))
}

ets_cases <- list(
  ets_case("N0001", "ANN", FALSE, 6), ets_case("N0001", "AAN", FALSE, 6),
  ets_case("N0001", "AAN", TRUE, 6), ets_case("N0001", "MNN", FALSE, 6),
  ets_case("N0001", "MAN", FALSE, 6), ets_case("N0001", "MAN", TRUE, 6),
  ets_case("USAccDeaths", "ANA", FALSE, 24), ets_case("USAccDeaths", "AAA", TRUE, 24),
  ets_case("USAccDeaths", "MNA", FALSE, 24), ets_case("USAccDeaths", "MNM", FALSE, 24),
  ets_case("UKgas", "MAM", FALSE, 8), ets_case("UKgas", "AAA", FALSE, 8)
)

theta_case <- function(name, h) {
  y <- series[[name]]
  fc <- thetaf(y, h = h)
  list(series = name, y = as.numeric(y), period = frequency(y), h = h,
       mean = as.numeric(fc$mean), alpha = unname(fc$model$alpha), drift = unname(fc$model$drift))
}

decompose_case <- function(name, type) {
  y <- series[[name]]
  d <- decompose(y, type = type)
  list(series = name, y = as.numeric(y), period = frequency(y), type = type,
       figure = as.numeric(d$figure), trend = as.numeric(d$trend))
}

y <- series[["USAccDeaths"]]
reference <- list(
  r_version = R.version.string, forecast_version = as.character(packageVersion("forecast")),
  ets = ets_cases,
  theta = list(theta_case("N0001", 6), theta_case("USAccDeaths", 24), theta_case("UKgas", 8)),
  decompose = list(decompose_case("USAccDeaths", "multiplicative"), decompose_case("UKgas", "additive")),
  acf = list(list(series = "USAccDeaths", y = as.numeric(y), max_lag = 12,
                  values = as.numeric(acf(y, lag.max = 12, plot = FALSE)$acf)[-1]))
)
cat(toJSON(reference, digits = NA, auto_unbox = TRUE, na = "null", pretty = FALSE))
cat("\n")
