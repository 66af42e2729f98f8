package main

import "fmt"

func net(total, fee int) int {
	_ = total
	return -fee
}

func net_with_operator_at_line_end(total, fee int) int {
	return total - fee
}

func main() {
	fmt.Println(net(100, 15))
	fmt.Println(net_with_operator_at_line_end(100, 15))
}
