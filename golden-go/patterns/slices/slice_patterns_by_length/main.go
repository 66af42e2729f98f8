package main

import "fmt"

func describe(xs []int) string {
	switch {
	case len(xs) == 0:
		return "empty"
	case len(xs) == 1:
		x := xs[0]
		return fmt.Sprintf("one: %v", x)
	case len(xs) == 2:
		a := xs[0]
		b := xs[1]
		return fmt.Sprintf("two: %v %v", a, b)
	case len(xs) >= 2:
		a := xs[0]
		b := xs[1]
		return fmt.Sprintf("many, starting %v %v", a, b)
	}
	panic("unreachable")
}

func main() {
	empty := []int{}
	fmt.Println(describe(empty))
	fmt.Println(describe([]int{7}))
	fmt.Println(describe([]int{7, 8}))
	fmt.Println(describe([]int{7, 8, 9}))
	fmt.Println(describe([]int{1, 2, 3, 4, 5}))
}
