# R forecast's ets, ets(damped = TRUE) and thetaf on the M3 series of data/: mean sMAPE on the
# competition holdout, and on a validation split of the training data (the last h training
# observations held out), which involves no holdout data.
#
#   Rscript Benchmarks/Forecasting/compare_r_forecast.R     (from the repository root)
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
smape <- function(y, f) mean(200 * abs(y - f) / (abs(y) + abs(f)))
methods <- function(y, h) list(
  ets = forecast(ets(y), h = h)$mean,
  damped = forecast(ets(y, damped = TRUE), h = h)$mean,
  thetaf = thetaf(y, h = h)$mean)
cat("| frequency | split | R ets | R ets(damped) | R thetaf |\n|---|---|---:|---:|---:|\n")
for (spec in list(c("yearly", 6), c("other", 8))) {
  name <- spec[1]; h <- as.integer(spec[2])
  train <- read.csv(gzfile(file.path(here, "data", sprintf("m3_%s_train.csv.gz", name))))
  test <- read.csv(gzfile(file.path(here, "data", sprintf("m3_%s_test.csv.gz", name))))
  ids <- unique(train$series_id)
  holdout <- t(sapply(ids, function(id) {
    y <- train$value[train$series_id == id][order(train$t[train$series_id == id])]
    a <- test$value[test$series_id == id][order(test$t[test$series_id == id])]
    sapply(methods(y, h), function(f) smape(a, f))
  }))
  validation <- t(sapply(ids, function(id) {
    y <- train$value[train$series_id == id][order(train$t[train$series_id == id])]
    n <- length(y)
    sapply(methods(y[1:(n - h)], h), function(f) smape(y[(n - h + 1):n], f))
  }))
  for (split in list(list("holdout", holdout), list("validation", validation))) {
    m <- colMeans(split[[2]])
    cat(sprintf("| %s | %s | %.2f | %.2f | %.2f |\n", name, split[[1]], m[1], m[2], m[3]))
  }
}
