package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2.0), math.Pow(2.0, 10.0), math.Cbrt(27.0))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.7), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-3.25), math.Max(3.0, 7.5), math.Min(3.0, 7.5), math.Mod(7.5, 2.0))
	fmt.Println(math.Hypot(3.0, 4.0), math.Log2(1024.0), math.Log10(0.001), math.Exp(0.0))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6.0), math.Cos(0.0), math.Atan2(1.0, 1.0))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(-1), -1))
	nan := math.NaN()
	other := math.NaN()
	fmt.Println(nan, math.IsNaN(nan), nan == other, math.Signbit(-1.5))
}
