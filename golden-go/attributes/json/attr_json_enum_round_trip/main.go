package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

type ShapeTag int

const (
	ShapePoint ShapeTag = iota
	ShapeCircle
	ShapeMoved
	ShapeRect
)

type Shape struct {
	Tag    ShapeTag
	Circle float64
	Moved0 int
	Moved1 string
	W      int
	H      int
}

func (v Shape) String() string {
	switch v.Tag {
	case ShapePoint:
		return "Shape.Point"
	case ShapeCircle:
		return "Shape.Circle(" + lisette.FormatValue(v.Circle) + ")"
	case ShapeMoved:
		return "Shape.Moved(" + lisette.FormatValue(v.Moved0) + ", " + lisette.FormatValue(v.Moved1) + ")"
	}
	return "Shape.Rect { w: " + lisette.FormatValue(v.W) + ", h: " + lisette.FormatValue(v.H) + " }"
}

func (v Shape) MarshalJSON() ([]byte, error) {
	switch v.Tag {
	case ShapePoint:
		return lisette.MarshalUnitVariant("Point")
	case ShapeCircle:
		return lisette.MarshalTupleVariant("Circle", v.Circle)
	case ShapeMoved:
		return lisette.MarshalTupleVariant("Moved", v.Moved0, v.Moved1)
	}
	return lisette.MarshalStructVariant("Rect", []string{"w", "h"}, v.W, v.H)
}

func (v *Shape) UnmarshalJSON(data []byte) error {
	name, payload, err := lisette.UnmarshalVariant(data)
	if err != nil {
		return err
	}
	switch name {
	case "Point":
		err = lisette.UnmarshalTuplePayload("Point", payload)
		if err != nil {
			return err
		}
		*v = Shape{Tag: ShapePoint}
		return nil
	case "Circle":
		var p0 float64
		err = lisette.UnmarshalTuplePayload("Circle", payload, &p0)
		if err != nil {
			return err
		}
		*v = Shape{Tag: ShapeCircle, Circle: p0}
		return nil
	case "Moved":
		var p0 int
		var p1 string
		err = lisette.UnmarshalTuplePayload("Moved", payload, &p0, &p1)
		if err != nil {
			return err
		}
		*v = Shape{Tag: ShapeMoved, Moved0: p0, Moved1: p1}
		return nil
	case "Rect":
		var p0 int
		var p1 int
		err = lisette.UnmarshalStructPayload("Rect", payload, []string{"w", "h"}, &p0, &p1)
		if err != nil {
			return err
		}
		*v = Shape{Tag: ShapeRect, W: p0, H: p1}
		return nil
	}
	return lisette.UnknownVariant("Shape", name)
}

func main() {
	shapes := []Shape{Shape{Tag: ShapePoint}, Shape{Tag: ShapeCircle, Circle: 1.5}, Shape{Tag: ShapeMoved, Moved0: 1, Moved1: "a"}, Shape{Tag: ShapeRect, W: 3, H: 4}}
	var data []byte
	subject := lisette.ResultOf(json.Marshal(shapes))
	if subject.Tag != lisette.ResultOk {
		e := subject.ErrVal
		fmt.Println(e)
		return
	}
	b := subject.OkVal
	data = b
	fmt.Println(string(data))
	back := []Shape{}
	subject2 := lisette.ResultOfErr(json.Unmarshal(data, &back))
	if subject2.Tag == lisette.ResultOk {
		fmt.Println(back)
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
	one := Shape{Tag: ShapePoint}
	reordered := "{\"Rect\": {\"h\": 2, \"w\": 1}}"
	subject3 := lisette.ResultOfErr(json.Unmarshal([]byte(reordered), &one))
	if subject3.Tag == lisette.ResultOk {
		fmt.Println(one)
	} else {
		e := subject3.ErrVal
		fmt.Println(e)
	}
	subject4 := lisette.ResultOfErr(json.Unmarshal([]byte("{\"Cube\": 1}"), &one))
	if subject4.Tag == lisette.ResultOk {
		fmt.Println(one)
	} else {
		e := subject4.ErrVal
		fmt.Println(e)
	}
	subject5 := lisette.ResultOfErr(json.Unmarshal([]byte("{\"Moved\": [1]}"), &one))
	if subject5.Tag == lisette.ResultOk {
		fmt.Println(one)
	} else {
		e := subject5.ErrVal
		fmt.Println(e)
	}
}
