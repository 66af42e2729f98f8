package main

import "fmt"

func bmi_category(bmi float64) string {
	b := bmi
	if b < 18.5 {
		return "underweight"
	}
	b2 := bmi
	if b2 < 25.0 {
		return "normal"
	}
	b3 := bmi
	if b3 < 30.0 {
		return "overweight"
	}
	return "obese"
}

func main() {
	values := []float64{17.9, 18.5, 24.99, 29.0, 35.2}
	for _, v := range values {
		fmt.Println(v, bmi_category(v))
	}
}
