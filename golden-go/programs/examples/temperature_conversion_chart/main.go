package main

import "fmt"

func to_fahrenheit(celsius float64) float64 {
	return celsius*9.0/5.0 + 32.0
}

func to_kelvin(celsius float64) float64 {
	return celsius + 273.15
}

func describe(celsius float64) string {
	if celsius < 0.0 {
		return "freezing"
	} else if celsius < 15.0 {
		return "cold"
	} else if celsius < 25.0 {
		return "pleasant"
	} else {
		return "hot"
	}
}

func main() {
	fmt.Println("     C       F       K  feel")
	celsius := -10
	for celsius <= 40 {
		c := float64(celsius)
		fmt.Printf("%6.1f  %6.1f  %6.2f  %s\n", c, to_fahrenheit(c), to_kelvin(c), describe(c))
		celsius += 10
	}
	body := 37.0
	fmt.Printf("body temperature: %.1f F\n", to_fahrenheit(body))
}
