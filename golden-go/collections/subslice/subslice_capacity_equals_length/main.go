package main

import "fmt"

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	a := xs[1:3:3]
	b := xs[2:len(xs):len(xs)]
	c := xs[:4:4]
	d := xs[1 : 4+1 : 4+1]
	e := xs[:len(xs):len(xs)]
	fmt.Println(cap(a), cap(b), cap(c), cap(d), cap(e))
}
