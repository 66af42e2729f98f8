package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"sort"
)

type Person struct {
	name string
	age  int
}

func (v Person) String() string {
	return "Person { name: " + lisette.FormatValue(v.name) + ", age: " + lisette.FormatValue(v.age) + " }"
}

func main() {
	people := []Person{Person{name: "Alice", age: 31}, Person{name: "Bob", age: 25}, Person{name: "Carol", age: 31}, Person{name: "Dan", age: 19}, Person{name: "Eve", age: 25}}
	sort.SliceStable(people, func(i, j int) bool {
		return people[i].age < people[j].age
	})
	for _, p := range people {
		fmt.Println(p.name, p.age)
	}
	sort.Slice(people, func(i, j int) bool {
		return people[i].name > people[j].name
	})
	fmt.Println(lisette.SliceMap(people, func(p Person) string {
		return p.name
	}))
	fmt.Println(sort.SliceIsSorted(people, func(i, j int) bool {
		return people[i].name > people[j].name
	}))
}
