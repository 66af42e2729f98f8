package main

import "fmt"

func is_odd(n int) bool {
	return n%2 != 0
}

func bit_is_set(value, bit int) bool {
	shifted := value
	i := 0
	for i < bit {
		shifted /= 2
		i += 1
	}
	return shifted%2 == 1
}

func main() {
	flags := 0b1011
	fmt.Println(is_odd(flags), flags*8, flags/4)
	fmt.Println(bit_is_set(flags, 0), bit_is_set(flags, 2), bit_is_set(flags, 3))
}
