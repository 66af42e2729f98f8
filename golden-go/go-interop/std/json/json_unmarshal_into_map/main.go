package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
	"sort"
)

func main() {
	data := []byte("{\"cpu\": 0.75, \"mem\": 512, \"disk\": 1e3}")
	usage := map[string]float64{}
	subject := lisette.ResultOfErr(json.Unmarshal(data, &usage))
	if subject.Tag == lisette.ResultOk {
		keys := []string{}
		for k := range usage {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Println(k, usage[k])
		}
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	ids := []int{}
	subject2 := lisette.ResultOfErr(json.Unmarshal([]byte("[3, 1, 2]"), &ids))
	if subject2.Tag == lisette.ResultOk {
		fmt.Println(ids, len(ids))
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
	subject3 := lisette.ResultOfErr(json.Unmarshal([]byte("[1, \"two\"]"), &ids))
	if subject3.Tag == lisette.ResultOk {
		fmt.Println(ids)
	} else {
		e := subject3.ErrVal
		fmt.Println("error:", e)
	}
}
