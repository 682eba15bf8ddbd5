/** The benchmark's query: 50 orders → their numbers → each number's trunk group. */
export const QUERY = /* GraphQL */ `
  query FiftyOrdersWithTheirNumbersAndTrunkGroups {
    orders(first: 50) {
      edges {
        node {
          id
          status
          numbers(first: 500) {
            nodes {
              tn
              status
              trunkGroup {
                name
              }
            }
          }
        }
      }
    }
  }
`;
