package main

import "fmt"

func zip_with[A, B, C any](left []A, right []B, f func(A, B) C) []C {
	out := []C{}
	var n int
	if len(left) < len(right) {
		n = len(left)
	} else {
		n = len(right)
	}
	for i := 0; i < n; i++ {
		out = append(out, f(left[i], right[i]))
	}
	return out
}

func main() {
	names := []string{"ann", "bo", "cy"}
	scores := []int{7, 9}
	fmt.Println(zip_with(names, scores, func(n string, s int) string {
		return fmt.Sprintf("%v=%v", n, s)
	}))
	fmt.Println(zip_with([]float64{1.5, 2.0}, []int{2, 3}, func(x float64, k int) float64 {
		return x * float64(k)
	}))
}
