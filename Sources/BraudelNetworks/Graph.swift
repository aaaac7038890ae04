enum BraudelNetworksPlaceholder {}
