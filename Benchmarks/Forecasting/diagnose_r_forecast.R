# R forecast's automatic ets on every series of one M3 frequency, both splits, as CSV with the
# columns of `forecast-bench --per-series` (rows `auto` only), for diagnose_compare.py.
#
#   Rscript Benchmarks/Forecasting/diagnose_r_forecast.R yearly > r.csv   (from the repository root)
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
name <- commandArgs(trailingOnly = TRUE)[1]
h <- c(yearly = 6L, other = 8L)[[name]]
smape <- function(y, f) mean(200 * abs(y - f) / (abs(y) + abs(f)))
train <- read.csv(gzfile(file.path(here, "data", sprintf("m3_%s_train.csv.gz", name))))
test <- read.csv(gzfile(file.path(here, "data", sprintf("m3_%s_test.csv.gz", name))))
cat("series,split,label,model,loglik,aicc,alpha,beta,phi,level0,trend0,smape,forecast\n")
for (id in unique(train$series_id)) {
  y <- train$value[train$series_id == id][order(train$t[train$series_id == id])]
  a <- test$value[test$series_id == id][order(test$t[test$series_id == id])]
  n <- length(y)
  for (split in list(list("holdout", y, a), list("validation", y[1:(n - h)], y[(n - h + 1):n]))) {
    fit <- ets(split[[2]])
    f <- as.numeric(forecast(fit, h = h)$mean)
    p <- fit$par
    get <- function(key, default) if (key %in% names(p)) unname(p[key]) else default
    components <- fit$components
    code <- paste0(components[1], components[2], ifelse(components[4] == "TRUE", "d", ""), components[3])
    cat(sprintf("%s,%s,auto,%s,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%s\n", id, split[[1]], code,
                fit$loglik, fit$aicc, get("alpha", NA), get("beta", 0), get("phi", 1), get("l", NA), get("b", 0),
                smape(split[[3]], f), paste(sprintf("%.6f", f), collapse = " ")))
  }
}
