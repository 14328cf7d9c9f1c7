import Dates

/// The calendar day of every dataset and run (``Dates/Day``), under the name the store's
/// users know it by.
public typealias Day = Dates.Day
