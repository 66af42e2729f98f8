package main

import "fmt"

func größe_in_cm(meter float64) float64 {
	return meter * 100.0
}

func main() {
	café := "open"
	名前 := "Ada"
	π := 3.14159
	step2 := 2
	aBc := 10
	abc := 20
	fmt.Println(café, 名前, π, größe_in_cm(1.8), step2)
	fmt.Println(aBc, abc)
}
