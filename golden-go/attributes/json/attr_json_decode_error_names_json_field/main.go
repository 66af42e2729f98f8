package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Person struct {
	Name string `json:"name"`
	Age  int    `json:"years"`
}

func (v Person) String() string {
	return "Person { name: " + lisette.FormatValue(v.Name) + ", age: " + lisette.FormatValue(v.Age) + " }"
}

func main() {
	p := Person{Name: "", Age: 0}
	subject := lisette.ResultOfErr(json.Unmarshal([]byte("{\"name\": \"Ann\", \"years\": \"old\"}"), &p))
	if subject.Tag == lisette.ResultOk {
		fmt.Println(p)
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	subject2 := lisette.ResultOfErr(json.Unmarshal([]byte("{\"name\": \"Ann\", \"age\": 3, \"years\": 4}"), &p))
	if subject2.Tag == lisette.ResultOk {
		fmt.Println(p)
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
}
