// placeholder until the price-file reader lands
