package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Timeout struct {
	secs int
}

func (v Timeout) String() string {
	return "Timeout { secs: " + lisette.FormatValue(v.secs) + " }"
}

func (self Timeout) Error() string {
	return fmt.Sprintf("timed out after %vs", self.secs)
}

type Attempt struct {
	host    string
	failure Timeout
}

func (v Attempt) String() string {
	return "Attempt { host: " + lisette.FormatValue(v.host) + ", failure: " + lisette.FormatValue(v.failure) + " }"
}

func main() {
	t := Timeout{secs: 3}
	r := lisette.MakeResultErr[int, error](t)
	fmt.Println(r)
	fine := lisette.MakeResultOk[int, error](3)
	fmt.Println(fine)
	var e error = Timeout{secs: 5}
	fmt.Println(lisette.MakeOptionSome[error](e))
	fmt.Println(Attempt{host: "db", failure: t})
	fmt.Println(lisette.Tuple2[int, error]{First: 1, Second: e})
}
