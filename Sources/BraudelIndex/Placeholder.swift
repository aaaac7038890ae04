enum BraudelIndexPlaceholder {}
