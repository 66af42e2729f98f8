package main

import "fmt"

func digit_sum(n int) int {
	var rest int
	if n < 0 {
		rest = -n
	} else {
		rest = n
	}
	sum := 0
	for rest > 0 {
		sum += rest % 10
		rest /= 10
	}
	return sum
}

func digital_root(n int) int {
	value := digit_sum(n)
	for value >= 10 {
		value = digit_sum(value)
	}
	return value
}

func is_harshad(n int) bool {
	return n%digit_sum(n) == 0
}

func main() {
	fmt.Println(digit_sum(0), digit_sum(7), digit_sum(1234), digit_sum(-987))
	fmt.Println(digital_root(65536), digital_root(999999999), digital_root(-38))
	harshad := ""
	count := 0
	for n := 10; n <= 50; n++ {
		if is_harshad(n) {
			harshad += fmt.Sprintf(" %v", n)
			count += 1
		}
	}
	fmt.Printf("%v Harshad numbers in 10..=50:%v\n", count, harshad)
	largest_sum := 0
	largest_at := 0
	for n := 1; n < 1000; n++ {
		s := digit_sum(n)
		if s > largest_sum {
			largest_sum = s
			largest_at = n
		}
	}
	fmt.Printf("largest digit sum below 1000: %v at %v\n", largest_sum, largest_at)
}
