package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Expr interface {
	Eval() int
	Show() string
}

type Num struct {
	value int
}

func (v Num) String() string {
	return "Num { value: " + lisette.FormatValue(v.value) + " }"
}

type Add struct {
	left  Expr
	right Expr
}

func (v Add) String() string {
	return "Add { left: " + lisette.FormatValue(v.left) + ", right: " + lisette.FormatValue(v.right) + " }"
}

type Mul struct {
	left  Expr
	right Expr
}

func (v Mul) String() string {
	return "Mul { left: " + lisette.FormatValue(v.left) + ", right: " + lisette.FormatValue(v.right) + " }"
}

func (self Num) Eval() int {
	return self.value
}

func (self Num) Show() string {
	return fmt.Sprintf("%v", self.value)
}

func (self Add) Eval() int {
	return self.left.Eval() + self.right.Eval()
}

func (self Add) Show() string {
	return fmt.Sprintf("(%v + %v)", self.left.Show(), self.right.Show())
}

func (self Mul) Eval() int {
	return self.left.Eval() * self.right.Eval()
}

func (self Mul) Show() string {
	return fmt.Sprintf("%v * %v", self.left.Show(), self.right.Show())
}

func main() {
	sum := Add{left: Num{value: 2}, right: Num{value: 3}}
	var e Expr = Mul{left: sum, right: Add{left: Num{value: 4}, right: Mul{left: Num{value: 1}, right: Num{value: 5}}}}
	fmt.Println(e.Show(), "=", e.Eval())
}
