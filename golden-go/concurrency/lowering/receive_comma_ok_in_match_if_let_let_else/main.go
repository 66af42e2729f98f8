package main

import "fmt"

func describe(ch chan int) string {
	v, ok := <-ch
	if ok {
		return fmt.Sprintf("got %v", v)
	}
	return "closed"
}

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	fmt.Println(describe(ch))
	v, ok2 := <-ch
	if ok2 {
		fmt.Println("if let", v)
	} else {
		fmt.Println("if let: closed")
	}
	w, ok3 := <-ch
	if !ok3 {
		fmt.Println("let else: closed")
		return
	}
	fmt.Println("let else", w)
	close(ch)
	fmt.Println(describe(ch))
	v2, ok4 := <-ch
	if ok4 {
		fmt.Println("if let", v2)
	} else {
		fmt.Println("if let: closed")
	}
	x, ok5 := <-ch
	if !ok5 {
		fmt.Println("let else: closed")
		return
	}
	fmt.Println("unreachable", x)
}
