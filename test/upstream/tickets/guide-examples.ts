/** The guide's example responses of §Trouble Ticketing (services-api-guide.txt), as JSON text, values untouched. */

/** /ticketCreate (L10682–L10690). */
export const TICKET_CREATE = `{
  "status": "Success",
  "statusCode": "200",
  "troubleTicketId": "120642"
}`;

/** /ticketList (L10731–L10745). */
export const TICKET_LIST = `{
  "status": "Success",
  "statusCode": "200",
  "troubleTicketList": [
    {
      "troubleTicketId": 65869,
      "extlCompanyTicket": "Ticket9043",
      "troubleTicketStatus": "Open",
      "enterDate": "2015-12-13",
      "contactName": "Bob Laugh"
    }
  ]
}`;

/** /ticketDetail (L10770–L10811). */
export const TICKET_DETAIL = `{
  "status": "Success",
  "statusCode": "200",
  "ticketDetailList": [
    {
      "troubleTicketId": 432789,
      "description": "Receiving fast busy tone",
      "marketName": "Washington DC",
      "regionName": "South",
      "operationalMarketName": "Washington DC",
      "occurDate": "2015-12-15",
      "assignedWorkgroupName": "Network Operations Center",
      "contactName": "Will Wink",
      "countryRef": "USA",
      "contactPhone": "3123805555",
      "contactPhoneExtension": "",
      "contactEmailAddress": "wwink@email.com",
      "externalCompanyTicket": "",
      "troubleTicketService": "None",
      "troubleTicketSource": "DecTicket01",
      "troubleTicketProblemCode": "Fast Busy",
      "troubleTicketStatus": "Referred Out",
      "troubleTicketCauseCode": "",
      "troubleTicketResolveCode": "",
      "expectedCustomerImpact": "",
      "enterDate": "2016-02-15",
      "enterUserDisplayName": "Wink, Will ",
      "resolveUserDisplayName": "",
      "closeUserDisplayName": "",
      "updateDate": "2016-02-26",
      "updateUserDisplayName": "Bullock, Christopher ",
      "nocTechDisplayName": "Bullock, Christopher ",
      "origTN": "4108677001",
      "termTN": "4432141004"
    }
  ]
}`;

/** /ticketAddNote (L10838–L10845): statusCode is a number here. */
export const TICKET_ADD_NOTE = `{
  "statusCode": 200,
  "status": "Success",
  "noteId": "294648"
}`;

/** /ticketNote (L10873–L10885). */
export const TICKET_NOTE = `{
  "status": "Success",
  "statusCode": "200",
  "ticketNoteList": [ {
    "noteId": 7122562,
    "troubleTicketId": 65843,
    "note": "A note to follow so",
    "insertDate": "12-31-2015 03:09:53 PM",
    "insertUser": "api_user",
    "insertUserDisplayName": "api_user"
  } ]
}`;

/** /ticketAddDocument (L10920–L10927): the id is a number here. */
export const TICKET_ADD_DOCUMENT = `{
  "status": "Success",
  "statusCode": "200",
  "lastModifiedString": "20160302084423307282000-0600",
  "troubleTicketDocumentId": 118855
}`;

/** /ticketDocument (L10949–L10959): the content is keyed documentLocator. */
export const TICKET_DOCUMENT = `{
  "status": "Success",
  "statusCode": "200",
  "ticketDocumentList": [ {
    "documentId": 118855,
    "documentName": "TestDoc02",
    "documentDescription": "none",
    "documentLocator": "VGhpcyBpcyBhIHRlc3QgZG9j"
  } ]
}`;
