package main

import "fmt"

func to_binary(n int) string {
	if n == 0 {
		return "0"
	}
	rest := n
	digits := ""
	for rest > 0 {
		digits = fmt.Sprintf("%v", rest%2) + digits
		rest /= 2
	}
	return digits
}

func count_ones(n int) int {
	rest := n
	ones := 0
	for rest > 0 {
		ones += rest % 2
		rest /= 2
	}
	return ones
}

func main() {
	for n := 0; n <= 8; n++ {
		fmt.Printf("%3d = %s\n", n, to_binary(n))
	}
	fmt.Println(to_binary(255), count_ones(255))
	fmt.Println(to_binary(1024), count_ones(1024))
	n := 1
	var first_with_ten_ones int
	for {
		if count_ones(n) == 10 {
			first_with_ten_ones = n
			break
		}
		n += 1
	}
	fmt.Printf("first number with ten ones: %v = %v\n", first_with_ten_ones, to_binary(first_with_ten_ones))
}
