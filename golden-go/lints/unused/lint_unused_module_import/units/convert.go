package units

func Km_to_miles(km float64) float64 {
	return km * 0.621371
}
